// Builds the task pane, the ribbon command page, the help page, the manifest and the icons into dist/.
// Development serves https://localhost:3000 with the developer certificates of office-addin-dev-certs.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');

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
      // build of the package holds the same class in one file. The .xlsx reader inflates with
      // Node's zlib on the command line and with the browser's DecompressionStream in the pane.
      alias: {
        [path.resolve(__dirname, 'src/xlsx/exceljs.ts')]: path.resolve(__dirname, 'src/xlsx/exceljs.browser.ts'),
        [path.resolve(__dirname, 'src/xlsx/inflate.ts')]: path.resolve(__dirname, 'src/xlsx/inflate.browser.ts'),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
        },
        // The rounding's solver (HiGHS), emitted once beside the pane and fetched by its worker
        // only when the user rounds.
        { test: /highs\.wasm$/, type: 'asset/resource', generator: { filename: 'highs.wasm' } },
      ],
    },
    performance: { hints: false },
    plugins: [
      // The HiGHS loader has Node-only branches (node:fs …) that never run in the browser.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (r) => {
        r.request = path.resolve(__dirname, 'src/solver/empty.js');
      }),
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
  // The certificates Office trusts are the ones office-addin-dev-certs creates under
  // ~/.office-addin-dev-certs and installs as a developer CA (npm start and npm run certs fetch it
  // on demand; it is not a dependency). Without them, or when they have expired, webpack-dev-server
  // generates a self-signed certificate: the server starts, browsers warn, and Office does not
  // load the pane until the CA is installed.
  const fs = require('fs');
  const { X509Certificate } = require('crypto');
  const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
  const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  let problem = `no certificates in ${dir}`;
  if (Object.values(paths).every((f) => fs.existsSync(f))) {
    const options = Object.fromEntries(Object.entries(paths).map(([k, f]) => [k, fs.readFileSync(f)]));
    const validTo = new Date(new X509Certificate(options.cert).validTo);
    if (validTo > new Date()) return options;
    problem = `${paths.cert} expired on ${validTo.toISOString().slice(0, 10)}`;
  }
  console.warn(
    `\n[dev-server] 未找到可用的开发证书（${problem}），改用自签名证书：浏览器会警告，Office 不会加载窗格。` +
      `\n请运行一次 npm run certs（下载 office-addin-dev-certs 并安装开发者 CA，需要管理员权限）。` +
      `\n[dev-server] No usable developer certificate (${problem}); serving with a self-signed one: browsers warn and` +
      `\nOffice will not load the pane. Run npm run certs once (fetches office-addin-dev-certs, installs a developer CA; needs admin rights).\n`,
  );
  return {};
}
