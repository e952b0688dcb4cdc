#!/usr/bin/env node
/**
 * `npm start`: serves the task pane on https://localhost:3000 (webpack serve, development mode,
 * the Office dev certificates) and, once it answers, sideloads manifest.xml into desktop Excel
 * where that is a plain file or registry entry, then prints how to sideload it by hand.
 *
 *   macOS    copies manifest.xml into Excel's `wef` folder (Microsoft's documented Mac sideload)
 *   Windows  adds the manifest path under HKCU\Software\Microsoft\Office\16.0\WEF\Developer
 *            (the developer registration that Office's own tooling writes)
 *   others   nothing to do on the desktop; Excel on the web works everywhere (instructions below)
 *
 * `npm start -- --no-sideload` only serves. Stop with Ctrl+C.
 * (office-addin-debugging, which also opens Excel, is not a dependency of this project.)
 */
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = path.join(repoRoot, 'manifest.xml');
const paneUrl = 'https://localhost:3000/taskpane.html';
const REGISTRY_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';

/** Answers true once the dev server serves the pane (any certificate: it is our own server). */
function serverAnswers() {
  return new Promise((resolve) => {
    const req = request(paneUrl, { method: 'HEAD', rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

async function waitForServer(child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    if (await serverAnswers()) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

/** Sideloads into desktop Excel where possible; returns lines describing what was done. */
function sideloadDesktop() {
  const id = /<Id>([^<]+)<\/Id>/.exec(readFileSync(manifestPath, 'utf8'))?.[1]?.trim() ?? 'banzhuren';
  if (process.platform === 'darwin') {
    const wef = path.join(os.homedir(), 'Library/Containers/com.microsoft.Excel/Data/Documents/wef');
    const target = path.join(wef, `${id}.manifest.xml`);
    mkdirSync(wef, { recursive: true });
    copyFileSync(manifestPath, target);
    return [
      `已把 manifest.xml 复制到 ${target}。`,
      '重新打开 Mac 版 Excel，在 插入 > 加载项 > 我的加载项 中选择“班主任工作量化记录”。删除该文件即可取消旁加载。',
      `Copied manifest.xml to ${target}.`,
      'Restart Excel for Mac and choose 班主任工作量化记录 under Insert > Add-ins > My Add-ins. Delete that file to undo.',
    ];
  }
  if (process.platform === 'win32') {
    execFileSync('reg', ['add', REGISTRY_KEY, '/v', id, '/t', 'REG_SZ', '/d', manifestPath, '/f'], {
      stdio: 'ignore',
    });
    return [
      `已在注册表 ${REGISTRY_KEY} 中登记 ${manifestPath}。`,
      '关闭并重新打开桌面版 Excel：开始 选项卡上会出现“班主任工作”组；若没有，到 插入 > 我的加载项 > 开发人员加载项 中选择。',
      `取消：reg delete "${REGISTRY_KEY}" /v ${id} /f`,
      `Registered ${manifestPath} under ${REGISTRY_KEY}.`,
      'Close and reopen desktop Excel: the Home tab shows the 班主任工作 group; if not, pick it under Insert > My Add-ins > Developer Add-ins.',
      `Undo: reg delete "${REGISTRY_KEY}" /v ${id} /f`,
    ];
  }
  return [
    `本平台 (${process.platform}) 没有桌面版 Excel，请用下面的网页版方法。`,
    `There is no desktop Excel on this platform (${process.platform}); use Excel on the web as below.`,
  ];
}

function webInstructions() {
  return [
    'Excel 网页版（任何平台）：',
    `  1. 在同一台电脑的浏览器中打开 ${paneUrl}，确认没有证书警告。`,
    '  2. 在 Excel 网页版中打开一个工作簿，选择 开始 > 加载项 > 更多加载项 > 我的加载项 > 上传我的加载项',
    '     （旧界面：插入 > 加载项 / Office 加载项 > 上传我的加载项），上传本项目的 manifest.xml。',
    '  3. 开始 选项卡上出现“班主任工作”组，点击“量化记录”打开任务窗格。',
    'Excel on the web (any platform):',
    `  1. In a browser on this computer, open ${paneUrl} and check there is no certificate warning.`,
    '  2. Open a workbook in Excel on the web and choose Home > Add-ins > More Add-ins > My Add-ins >',
    '     Upload My Add-in (older UI: Insert > Add-ins / Office Add-ins > Upload My Add-in); upload manifest.xml.',
    '  3. The Home tab shows the 班主任工作 group; click 量化记录 to open the task pane.',
    `manifest.xml: ${manifestPath}`,
  ];
}

async function main() {
  const sideload = !process.argv.includes('--no-sideload');
  const webpackCli = createRequire(import.meta.url).resolve('webpack-cli/bin/cli.js');
  const child = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

  if (!(await waitForServer(child, 180_000))) {
    if (child.exitCode === null) {
      console.error(`\n[start] ${paneUrl} 未响应 / did not answer within 3 minutes.`);
    }
    return;
  }
  const lines = ['', '='.repeat(72), `开发服务器已启动 / Dev server is up: ${paneUrl}`, ''];
  if (sideload) {
    try {
      lines.push(...sideloadDesktop(), '');
    } catch (error) {
      lines.push(
        `桌面版旁加载失败 / Sideloading into desktop Excel failed: ${error instanceof Error ? error.message : String(error)}`,
        '',
      );
    }
  }
  lines.push(...webInstructions(), '按 Ctrl+C 停止 / Press Ctrl+C to stop.', '='.repeat(72), '');
  console.log(lines.join('\n'));
}

await main();
