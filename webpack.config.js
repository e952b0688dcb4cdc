/**
 * webpack build of the task pane.
 *
 *   npm start          webpack serve, https://localhost:3000 with the Office dev certificates
 *   npm run build      production build into dist/ for a static web server
 *   npm run build:dev  development build into dist/
 *   npm run build:wps  the WPS 表格 add-in into dist-wps/ (scripts/wps-build.cjs; WPS_ADDIN_URL)
 *
 * Environment:
 *   ADDIN_URL  production only: the https URL dist/ is served from; dist/manifest.xml then points
 *              there instead of https://localhost:3000/ (see scripts/addin-build.cjs).
 *   OFFICE_JS  `local`: copy @microsoft/office-js into dist/office-js/ and load office.js from
 *              there, for campus intranets that cannot reach Microsoft's CDN. Default: the CDN.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config file */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifest, officeJsSrc } = require('./scripts/addin-build.cjs');

const DEV_PORT = 3000;

/** https options for the dev server: the certificates the usual Office tooling makes and trusts. */
async function devServerHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    throw new Error(
      '无法生成或信任本机开发证书（需要管理员权限 / sudo）。请先运行 `npx office-addin-dev-certs install`。\n' +
        'Could not create or trust the local dev certificate (needs administrator rights / sudo). ' +
        'Run `npx office-addin-dev-certs install` first.\n' +
        String(error instanceof Error ? error.message : error),
      { cause: error },
    );
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const officeJsLocal = process.env.OFFICE_JS === 'local';
  const addinUrl = process.env.ADDIN_URL;

  if (production && !serving && !addinUrl) {
    console.warn(
      '[manifest] ADDIN_URL 未设置: dist/manifest.xml 仍指向 https://localhost:3000/。\n' +
        '[manifest] ADDIN_URL is not set: dist/manifest.xml still points at https://localhost:3000/.',
    );
  }
  if (addinUrl && !production) {
    console.warn('[manifest] ADDIN_URL is only applied in production mode (npm run build); ignored.');
  }

  const copyPatterns = [
    { from: 'assets', to: 'assets' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: {
        transformer(content) {
          const xml = content.toString('utf8');
          return production && addinUrl ? rewriteManifest(xml, addinUrl) : xml;
        },
      },
    },
  ];
  if (officeJsLocal) {
    copyPatterns.push({
      from: path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist'),
      to: 'office-js',
      // The copy is already minified; leave it out of webpack's minimizer and info noise.
      info: { minimized: true },
    });
  }

  const config = {
    mode: production ? 'production' : 'development',
    context: __dirname,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Relative URLs: dist/ works from any folder of a web server.
      publicPath: 'auto',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Types are checked by `npm run lint` (tsc --noEmit); here only strip them.
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // tsconfig.json is noEmit (type check only); the browser build must emit, and down to
              // ES2017 so that older Office web views (EdgeHTML in Office 2019) run our own code.
              compilerOptions: { noEmit: false, target: 'ES2017', module: 'ESNext', sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // Only lazily loaded code (e.g. exceljs, loaded with import()) is split into chunks; the
      // initial bundle stays one file.
      splitChunks: { chunks: 'async' },
    },
    // Bundle size is budgeted by a test on the gzipped initial JS, not by webpack's raw-size hints.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJsSrc: officeJsSrc(process.env.OFFICE_JS) },
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          host: 'localhost',
          server: { type: 'https', options: await devServerHttpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
  // npm run build:wps: the same bundle laid out as a WPS 表格 add-in (scripts/wps-build.cjs).
  if (env.wps)
    return require('./scripts/wps-build.cjs').forWps(config, {
      root: __dirname,
      version: require('./package.json').version,
    });
  return config;
};
