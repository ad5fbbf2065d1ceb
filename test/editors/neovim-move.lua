-- Driven by test/integration/editor-neovim.test.ts: the README's Neovim snippet ($KW_SNIPPET), then what a
-- user does: open a file with a secret, wait for the diagnostic, pick "Move … to .env" from the code action
-- menu, write the file. What happened goes to $KW_RESULT as JSON; the test checks it and the files on disk.
dofile(vim.env.KW_SNIPPET)
local result = { steps = {} }

local function done()
  vim.fn.writefile({ vim.fn.json_encode(result) }, vim.env.KW_RESULT)
  vim.cmd('qall!')
end

-- Waits for `cond`; on a timeout records the step that failed and ends the session.
local function step(name, ms, cond)
  table.insert(result.steps, name)
  if vim.wait(ms, cond, 50) then return true end
  result.failed = name
  done()
  return false
end

local function text(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
end

local function scenario()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.KW_FILE))
  local buf = vim.api.nvim_get_current_buf()
  if not step('diagnostics', 30000, function() return #vim.diagnostic.get(buf) > 0 end) then return end
  result.diagnostics = vim.tbl_map(function(d)
    return { code = d.code, message = d.message, lnum = d.lnum, col = d.col, source = d.source }
  end, vim.diagnostic.get(buf))

  -- The user puts the cursor on the secret, opens the code actions and picks the .env move from the menu.
  local d = vim.diagnostic.get(buf)[1]
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  vim.ui.select = function(items, opts, on_choice)
    result.actions = vim.tbl_map(function(item) return opts.format_item(item) end, items)
    for _, item in ipairs(items) do
      if item[2].title:match('^Move .+ to %.env$') then return on_choice(item) end
    end
    on_choice(nil)
  end
  local before = text(buf)
  vim.lsp.buf.code_action()
  if not step('code actions', 15000, function() return result.actions ~= nil end) then return end
  if not step('edit applied', 30000, function() return text(buf) ~= before end) then return end
  if not step('.env written', 15000, function() return vim.fn.filereadable(vim.env.KW_DOTENV) == 1 end) then return end
  vim.cmd('write')
  result.ok = true
  done()
end

-- Filetype detection (which the snippet's FileType autocommand needs) is on only once the init file has run.
vim.api.nvim_create_autocmd('VimEnter', { callback = function() vim.schedule(scenario) end })
