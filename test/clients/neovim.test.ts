import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverBin } from '../../scripts/lsp-client.js';

// Neovim's built-in LSP client (0.7+), headless: a real, independent client of the server.
const script = (workspace: string, file: string): string => `
local id = vim.lsp.start_client({
  name = 'replylint',
  cmd = { ${JSON.stringify(process.execPath)}, ${JSON.stringify(serverBin)}, '--stdio' },
  root_dir = ${JSON.stringify(workspace)},
  settings = { replylint = { focusMode = 'off' } },
})
vim.cmd('edit ' .. ${JSON.stringify(file)})
vim.bo.filetype = 'plaintext'
vim.lsp.buf_attach_client(0, id)
local ok = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
if not ok then io.stdout:write('TIMEOUT\\n') end
for _, d in ipairs(vim.diagnostic.get(0)) do
  io.stdout:write(string.format('%d:%d %s %s\\n', d.lnum + 1, d.col + 1, d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '', d.source or ''))
end
local params = vim.lsp.util.make_position_params()
params.position = { line = 2, character = 2 }
local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 5000)
for _, res in pairs(hover or {}) do
  if res.result and res.result.contents then io.stdout:write('HOVER ' .. res.result.contents.value:sub(1, 60):gsub('\\n', ' ') .. '\\n') end
end
vim.cmd('qa!')
`;

describe('a real Neovim', () => {
  it('receives replylint diagnostics and hovers from the server', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'replylint-nvim-'));
    const file = join(workspace, 'reply.txt');
    writeFileSync(file, 'Hi Sam,\n\nYou need to restart the router. Your package will arrive tomorrow.\n\nBest,\nAna\n');
    const lua = join(workspace, 'check.lua');
    writeFileSync(lua, script(workspace, file));
    const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${lua}`], { encoding: 'utf8', timeout: 60_000 });
    expect(result.error).toBeUndefined();
    const lines = result.stdout.trim().split('\n');
    expect(lines).not.toContain('TIMEOUT');
    expect(lines).toContain('3:1 no-negative-phrasing replylint');
    expect(lines.some((l) => l.includes('no-overpromise'))).toBe(true);
    expect(lines.some((l) => l.includes('require-closing-invitation'))).toBe(true);
    expect(lines.find((l) => l.startsWith('HOVER'))).toContain('no-negative-phrasing');
  }, 90_000);
});
