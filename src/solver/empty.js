// Stands in for Node built-ins in the browser bundle (see webpack.config.js).
module.exports = {};
