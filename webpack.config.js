// Builds the task pane, the ribbon command page, the help page, the manifest and the icons into dist/.
// Development serves https://localhost:3000 with office-addin-dev-certs certificates.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';

// The production base URL comes from the environment at build time, e.g.
// ADDIN_BASE_URL=https://budget.example.gov.cn/addin/ npm run build
function productionUrl() {
  const url = process.env.ADDIN_BASE_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_BASE_URL must be an https URL, got ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const baseUrl = dev ? DEV_URL : productionUrl();
  const config = {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, process.env.ADDIN_OUT_DIR || 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // The Node side loads only exceljs's workbook class (src/xlsx/exceljs.ts); the browser
      // build of the package holds the same class in one file.
      alias: { [path.resolve(__dirname, 'src/xlsx/exceljs.ts')]: path.resolve(__dirname, 'src/xlsx/exceljs.browser.ts') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/help.html', to: 'help.html' },
          // The bundled samples, opened by the standalone pane (built by npm run samples).
          { from: 'samples', to: 'samples', globOptions: { ignore: ['**/manifest.json'] } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(baseUrl).split('https://localhost:3000').join(baseUrl.replace(/\/$/, ''))),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server: env.WEBPACK_SERVE ? { type: 'https', options: await httpsOptions() } : undefined,
    },
  };
  return config;
};

async function httpsOptions() {
  // Certificates trusted by Office, installed on first use by office-addin-dev-certs. Where the
  // CA cannot be installed (no sudo, a locked-down machine) the generated files are still used,
  // and the message says how to trust the CA by hand.
  const devCerts = require('office-addin-dev-certs');
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (err) {
    const fs = require('fs');
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
    if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) throw err;
    console.warn(
      `\n[dev-server] The developer CA could not be installed (${String(err.message).split('\n')[0]}).\n` +
        `Serving with the generated certificates in ${dir}; trust ${path.join(dir, 'ca.crt')} in your system or browser by hand.\n`,
    );
    return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  }
}
