import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeBlock, serverOnPath } from './readme-recipes.js';

// Neovim's built-in LSP client (0.7), headless, configured with the README's recipe as written and its own
// filetype detection: a .txt file gets the filetype `text`, a .md file `markdown`, and those are the language ids sent.
const check = (file: string): string => `
vim.cmd('edit ' .. ${JSON.stringify(file)})
io.stdout:write('FILETYPE ' .. vim.bo.filetype .. '\\n')
local ok = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 50)
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

const reply = 'Hi Sam,\n\nYou need to restart the router. Your package will arrive tomorrow.\n\nBest,\nAna\n';

// The quick fix a user picks from `vim.lsp.buf.code_action()`'s menu, on a line where an emoji stands before the report:
// Neovim 0.7 sends the diagnostic back with its columns in bytes, and the fix must still land on "You need to".
const quickFix = (file: string): string => `
vim.cmd('edit ' .. ${JSON.stringify(file)})
vim.wait(30000, function()
  for _, d in ipairs(vim.diagnostic.get(0)) do if d.code == 'no-negative-phrasing' then return true end end
  return false
end, 50)
for _, d in ipairs(vim.diagnostic.get(0)) do
  if d.code == 'no-negative-phrasing' then vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col }) end
end
local chosen = false
vim.ui.select = function(items, _, on_choice)
  for i, item in ipairs(items) do
    local action = item[2] or item.action or item
    if action.title == 'Replace with "Please"' then chosen = true; return on_choice(item, i) end
  end
  on_choice(nil)
end
vim.lsp.buf.code_action()
vim.wait(5000, function() return chosen end, 50)
vim.wait(500)
io.stdout:write('CHOSEN ' .. tostring(chosen) .. '\\n')
io.stdout:write('LINE ' .. vim.api.nvim_buf_get_lines(0, 2, 3, false)[1] .. '\\n')
vim.cmd('qa!')
`;

/**
 * Runs a real Neovim, headless, with the README's recipe as the user's init.lua (`-u init.lua`: Neovim's defaults,
 * filetype detection on, unlike -u NONE) and the language server on PATH as the README installs it, on one file and a
 * Lua script made for it: the lines the script wrote.
 */
function runNeovim(name: string, content: string, script: (file: string) => string): string[] {
  const workspace = mkdtempSync(join(tmpdir(), 'replylint-nvim-'));
  mkdirSync(join(workspace, 'config'));
  const init = join(workspace, 'config', 'init.lua');
  writeFileSync(init, readmeBlock('### Neovim (0.7)', 'lua'));
  const file = join(workspace, name);
  writeFileSync(file, content);
  const lua = join(workspace, 'script.lua');
  writeFileSync(lua, script(file));
  const result = spawnSync('nvim', ['--headless', '-u', init, '-c', `luafile ${lua}`], {
    cwd: workspace,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, PATH: `${serverOnPath()}:${process.env.PATH ?? ''}`, XDG_CONFIG_HOME: join(workspace, 'config'), XDG_DATA_HOME: join(workspace, 'data') },
  });
  expect(result.error).toBeUndefined();
  return result.stdout.trim().split('\n');
}

describe('a real Neovim, set up as the README says', () => {
  it.each([
    ['reply.txt', 'text'],
    ['reply.md', 'markdown'],
  ])('gets diagnostics and hovers for %s (filetype %s, detected by Neovim)', (name, filetype) => {
    const lines = runNeovim(name, reply, check);
    expect(lines[0]).toBe(`FILETYPE ${filetype}`);
    expect(lines).not.toContain('TIMEOUT');
    expect(lines).toContain('3:1 no-negative-phrasing replylint');
    expect(lines.some((l) => l.includes('no-overpromise'))).toBe(true);
    expect(lines.some((l) => l.includes('require-closing-invitation'))).toBe(true);
    expect(lines.find((l) => l.startsWith('HOVER'))).toContain('no-negative-phrasing');
  }, 120_000);

  it('applies a quick fix from the code action menu on a line with an emoji before the report', () => {
    const lines = runNeovim('emoji.txt', 'Hi Zoe 😊,\n\nSo sorry 🙏 You need to fill in the form.\n\nBest,\nMax\n', quickFix);
    expect(lines).toContain('CHOSEN true');
    expect(lines).toContain('LINE So sorry 🙏 Please fill in the form.');
  }, 120_000);
});
