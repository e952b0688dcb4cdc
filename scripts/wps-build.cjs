/**
 * The WPS 表格 add-in build (`npm run build:wps`): the same pane bundle as the Excel build, laid out
 * as a WPS 加载项 folder, plus the files WPS reads to find it — following the layout of Kingsoft's
 * wpsjs tool kit (its `wpsjs build` / `publish`):
 *
 *   dist-wps/banzhuren_<version>/   the add-in folder: index.html + main.js (ribbon callbacks),
 *                                   ribbon.xml, taskpane.html + the pane's scripts, assets/ (icons)
 *   dist-wps/jsplugins.xml          online mode: lists the folder's https URL (WPS_ADDIN_URL); the
 *                                   college serves it and points WPS at it (oem.ini JSPluginsServer)
 *   dist-wps/publish.xml            offline mode: the entry for %APPDATA%\kingsoft\wps\jsaddons\
 *   dist-wps/banzhuren_<version>.zip  offline package: the folder, publish.xml and 安装.cmd
 *
 * Environment: WPS_ADDIN_URL, the https URL the add-in folder is served from (default: a
 * placeholder the README tells the college to replace); WPS_OUT_DIR, another folder than dist-wps
 * (the browser test builds into a temporary one).
 */
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const NAME = 'banzhuren';
const PLACEHOLDER_URL = 'https://学院的网站/banzhuren-wps/';

/** @param {string} text */
function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** @param {string} url */
function jspluginsXml(url) {
  const href = url.endsWith('/') ? url : `${url}/`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${NAME}" type="et" url="${escapeXml(href)}" />\n</jsplugins>\n`;
}

/** @param {string} version */
function publishXml(version) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${NAME}" type="et" url="${NAME}_${version}" version="${version}" enable="enable_dev" install="null" customDomain="" />\n</jsplugins>\n`;
}

/**
 * Copies the folder into the user's jsaddons folder. publish.xml is written only when there is
 * none: one that exists lists other add-ins, which a copy would drop, so the teacher is asked to
 * add our line instead.
 * @param {string} version
 */
function installCmd(version) {
  return [
    '@echo off',
    'chcp 65001 >nul',
    `set "ADDIN=${NAME}_${version}"`,
    'set "TARGET=%APPDATA%\\kingsoft\\wps\\jsaddons"',
    'if not exist "%TARGET%" mkdir "%TARGET%"',
    'xcopy /E /I /Y "%~dp0%ADDIN%" "%TARGET%\\%ADDIN%" >nul',
    'if exist "%TARGET%\\publish.xml" (',
    '  echo 已有 publish.xml：请把本文件夹中 publish.xml 的 jsplugin 一行加到 %TARGET%\\publish.xml 的 jsplugins 之内。',
    ') else (',
    '  copy /Y "%~dp0publish.xml" "%TARGET%\\publish.xml" >nul',
    ')',
    'echo 已安装。请重新启动 WPS 表格，在“班主任工作”选项卡中点击“检查与评分”。',
    'pause',
    '',
  ].join('\r\n');
}

/** Every file under a folder, relative paths → bytes. */
function filesUnder(root, prefix = '') {
  const out = {};
  for (const entry of fs.readdirSync(path.join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, filesUnder(root, rel));
    else out[rel] = new Uint8Array(fs.readFileSync(path.join(root, rel)));
  }
  return out;
}

/** Writes jsplugins.xml, publish.xml and the offline package beside the add-in folder once it is emitted. */
class WpsPackagePlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('WpsPackagePlugin', () => {
      const { folder, version, url } = this.options;
      const root = path.dirname(folder);
      const { zipSync, strToU8 } = require('fflate');
      fs.writeFileSync(path.join(root, 'jsplugins.xml'), jspluginsXml(url));
      fs.writeFileSync(path.join(root, 'publish.xml'), publishXml(version));
      const files = {};
      for (const [rel, bytes] of Object.entries(filesUnder(folder))) {
        if (!rel.endsWith('.map')) files[`${path.basename(folder)}/${rel}`] = bytes;
      }
      files['publish.xml'] = strToU8(publishXml(version));
      files['安装.cmd'] = strToU8(installCmd(version));
      fs.writeFileSync(path.join(root, `${path.basename(folder)}.zip`), zipSync(files, { level: 9 }));
    });
  }
}

/** The pane's page without its office.js script: WPS has no Office, and nothing may load from outside. */
function paneWithoutOfficeJs(root) {
  const template = fs.readFileSync(path.join(root, 'src/taskpane/taskpane.html'), 'utf8');
  const script = /\s*<script\s+src="<%= officeJsSrc %>"[^>]*>\s*<\/script>/;
  if (!script.test(template))
    throw new Error('src/taskpane/taskpane.html: the office.js script to leave out was not found');
  return template.replace(script, '');
}

/**
 * The WPS build from the Excel build's webpack config: the same entry, loaders and chunks; a
 * pane page without office.js, the add-in's own page and main script, ribbon.xml and the icons.
 * @param {import('webpack').Configuration} config the Excel build's config
 * @param {{ root: string, version: string }} options
 */
function forWps(config, { root, version }) {
  const outDir = path.resolve(root, process.env.WPS_OUT_DIR || 'dist-wps');
  const folder = path.join(outDir, `${NAME}_${version}`);
  fs.rmSync(outDir, { recursive: true, force: true });
  const url = process.env.WPS_ADDIN_URL || PLACEHOLDER_URL;
  return {
    ...config,
    entry: { ...config.entry, main: './src/wps/addin/main.ts' },
    output: {
      ...config.output,
      path: folder,
      // WPS opens index.html from the add-in folder, and the page it makes when there is none
      // loads ./main.js (Kingsoft's WPS 加载项 development notes, open.wps.cn): a fixed name.
      filename: (data) => (data.chunk && data.chunk.name === 'main' ? 'main.js' : config.output.filename),
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        templateContent: paneWithoutOfficeJs(root),
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/wps/addin/index.html',
        chunks: ['main'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/addin/ribbon.xml', to: 'ribbon.xml' },
          { from: 'assets', to: 'assets' },
        ],
      }),
      new WpsPackagePlugin({ folder, version, url }),
    ],
    devServer: undefined,
  };
}

module.exports = { forWps, jspluginsXml, publishXml, NAME };
