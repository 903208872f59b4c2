-- Runs one scenario in headless Neovim 0.7 with Neovim's own LSP client, and prints one line:
-- `PACKER_NVIM_RESULT <json>`, a table of results keyed by step name (a failed step holds `error`).
-- The scenario (JSON in $PACKER_NVIM_SCENARIO) gives the server command, the root folder, a bound
-- in ms for every wait, and the steps. Steps go through Neovim's own conversions (vim.diagnostic,
-- apply_text_edits, apply_workspace_edit, jump_to_location, ...) so that a response shape or a
-- position encoding Neovim reads differently from VS Code shows up here.
-- Written for 0.7.2 (Debian 12): no vim.lsp.start, filetypes set by hand.

local scenario = vim.fn.json_decode(vim.env.PACKER_NVIM_SCENARIO or error('set PACKER_NVIM_SCENARIO'))
local bound = scenario.boundMs
-- Per URI: how many publishDiagnostics arrived, and the document version the last one was for.
local results, messages, published, published_version = {}, {}, {}, {}
local exited = nil

local client_id = vim.lsp.start_client({
  name = 'packer',
  cmd = scenario.server,
  root_dir = scenario.root,
  settings = scenario.settings,
  -- 0.7 does not announce workspace.configuration, so the server never asks: push the settings,
  -- as Neovim's documentation of on_init says (and nvim-lspconfig does).
  on_init = function(client)
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      published[result.uri] = (published[result.uri] or 0) + 1
      published_version[result.uri] = result.version
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
    -- Kept for the test instead of shown: headless Neovim has nowhere to show them.
    ['window/showMessage'] = function(_, result)
      table.insert(messages, result)
    end,
  },
  on_exit = function(code, signal)
    exited = { code = code, signal = signal }
  end,
})

local function client()
  return vim.lsp.get_client_by_id(client_id)
end

local function wait_for(what, condition)
  if not vim.wait(bound, condition, 10) then
    error('no ' .. what .. ' within ' .. bound .. ' ms', 0)
  end
end

local buffers = {}
local function buffer_of(file)
  return assert(buffers[file], file .. ' was not opened by an earlier step')
end

local function uri_of(file)
  return vim.uri_from_bufnr(buffer_of(file))
end

-- What the user sees in a buffer, final newline included as written to disk.
local function buffer_text(bufnr)
  if not vim.api.nvim_buf_is_loaded(bufnr) then
    vim.fn.bufload(bufnr)
  end
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  return vim.api.nvim_buf_get_option(bufnr, 'eol') and text .. '\n' or text
end

local function request(step, method, params)
  local responses, err = vim.lsp.buf_request_sync(buffer_of(step.file), method, params, bound)
  if responses == nil then
    error(method .. ': ' .. tostring(err), 0)
  end
  local response = responses[client_id]
  if response == nil then
    error(method .. ': no answer from the packer server', 0)
  end
  if response.err then
    error(method .. ': ' .. vim.inspect(response.err), 0)
  end
  return response.result
end

local function at(step)
  return {
    textDocument = { uri = uri_of(step.file) },
    position = { line = step.line, character = step.character },
  }
end

local function place(location)
  local range = location.range or location.targetSelectionRange
  local uri = location.uri or location.targetUri
  return {
    file = vim.fn.fnamemodify(vim.uri_to_fname(uri), ':t'),
    line = range.start.line,
    character = range.start.character,
  }
end

local ops = {}

function ops.open(step)
  vim.cmd('edit ' .. vim.fn.fnameescape(step.file))
  local bufnr = vim.api.nvim_get_current_buf()
  -- Set by hand: 0.7 knows neither `.pkr.hcl` nor our languages, and it sends the filetype as languageId.
  vim.api.nvim_buf_set_option(bufnr, 'filetype', step.filetype)
  buffers[step.file] = bufnr
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')
  return { bufnr = bufnr }
end

-- Types over `from` (plain text, first match) on a line, as an insert-mode edit would: Neovim
-- sends the change incrementally, its range in UTF-16 units computed by Neovim.
function ops.replace(step)
  local bufnr = buffer_of(step.file)
  local line = vim.api.nvim_buf_get_lines(bufnr, step.line, step.line + 1, true)[1]
  local first, last = line:find(step.from, 1, true)
  assert(first, step.from .. ' not on line ' .. step.line)
  vim.api.nvim_buf_set_text(bufnr, step.line, first - 1, step.line, last, { step.to })
  return { version = vim.lsp.util.buf_versions[bufnr] }
end

-- Neovim's view once the server published for the buffer's current version: rows and byte
-- columns of the buffer, and the text under each range, right only if both sides count alike.
function ops.diagnostics(step)
  local bufnr, uri = buffer_of(step.file), uri_of(step.file)
  wait_for('publishDiagnostics for ' .. uri, function()
    local version = published_version[uri]
    return (published[uri] or 0) > 0 and (version == nil or version == vim.lsp.util.buf_versions[bufnr])
  end)
  local shown = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1] or ''
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(shown, {
      lnum = d.lnum,
      col = d.col,
      severity = d.severity,
      code = d.code,
      source = d.source,
      message = d.message,
      href = (lsp.codeDescription or {}).href,
      text = d.end_lnum == d.lnum and line:sub(d.col + 1, d.end_col) or vim.NIL,
    })
  end
  return shown
end

function ops.completion(step)
  local result = request(step, 'textDocument/completion', at(step))
  local items = vim.lsp.util.extract_completion_items(result or {})
  local labels = {}
  for _, item in ipairs(items) do
    table.insert(labels, item.label)
  end
  -- What the completion menu would offer for the typed prefix, and what choosing `pick` inserts.
  local menu = vim.lsp.util.text_document_completion_list_to_complete_items(result or {}, step.prefix)
  local words = {}
  for _, entry in ipairs(menu) do
    words[entry.abbr] = entry.word
  end
  return { labels = labels, menuSize = #menu, pickWord = words[step.pick] or vim.NIL }
end

function ops.hover(step)
  local result = request(step, 'textDocument/hover', at(step))
  if result == nil then
    return vim.NIL
  end
  local lines = vim.lsp.util.convert_input_to_markdown_lines(result.contents)
  return { markdown = table.concat(vim.lsp.util.trim_empty_lines(lines), '\n') }
end

-- Where the server points, then where Neovim's jump lands (file, 0-based row, byte column).
function ops.definition(step)
  local result = request(step, 'textDocument/definition', at(step))
  local locations = (result == nil and {}) or (result.uri or result.targetUri) and { result } or result
  local found = vim.tbl_map(place, locations)
  if #locations == 0 then
    return { locations = found }
  end
  vim.lsp.util.jump_to_location(locations[1], client().offset_encoding)
  local cursor = vim.api.nvim_win_get_cursor(0)
  local landed = {
    file = vim.fn.expand('%:t'),
    line = cursor[1] - 1,
    character = cursor[2],
    word = vim.fn.expand('<cword>'),
  }
  return { locations = found, landed = landed }
end

-- Asks as `vim.lsp.buf.rename` does (prepare first), applies the WorkspaceEdit with Neovim, and
-- returns every listed file's buffer text: what the user would then save.
function ops.rename(step)
  local prepared = request(step, 'textDocument/prepareRename', at(step))
  local params = at(step)
  params.newName = step.newName
  local edit = request(step, 'textDocument/rename', params)
  if edit == nil then
    return { prepared = prepared, edit = vim.NIL }
  end
  vim.lsp.util.apply_workspace_edit(edit, client().offset_encoding)
  local files, texts = {}, {}
  for uri, _ in pairs(edit.changes or {}) do
    table.insert(files, vim.fn.fnamemodify(vim.uri_to_fname(uri), ':t'))
  end
  for _, change in ipairs(edit.documentChanges or {}) do
    table.insert(files, vim.fn.fnamemodify(vim.uri_to_fname(change.textDocument.uri), ':t'))
  end
  table.sort(files)
  for _, file in ipairs(step.files) do
    texts[vim.fn.fnamemodify(file, ':t')] = buffer_text(vim.fn.bufadd(file))
  end
  return { prepared = prepared, files = files, texts = texts }
end

function ops.formatting(step)
  local bufnr = buffer_of(step.file)
  local edits = request(step, 'textDocument/formatting', {
    textDocument = { uri = uri_of(step.file) },
    options = { tabSize = step.tabSize, insertSpaces = step.insertSpaces },
  })
  vim.lsp.util.apply_text_edits(edits or {}, bufnr, client().offset_encoding)
  return { edits = #(edits or {}), text = buffer_text(bufnr) }
end

local function symbol_tree(symbols)
  return vim.tbl_map(function(s)
    local line = s.selectionRange.start.line
    return { name = s.name, kind = s.kind, line = line, children = symbol_tree(s.children or {}) }
  end, symbols)
end

-- The outline as the server sends it, and as Neovim lists it (`:lua vim.lsp.buf.document_symbol()`).
function ops.symbols(step)
  local result = request(step, 'textDocument/documentSymbol', { textDocument = { uri = uri_of(step.file) } }) or {}
  local listed = vim.tbl_map(function(item)
    return item.text
  end, vim.lsp.util.symbols_to_items(result, buffer_of(step.file)))
  return { tree = symbol_tree(result), listed = listed }
end

local function run()
  if not client_id then
    error('start_client failed', 0)
  end
  wait_for('initialize answer', function()
    return client() ~= nil and client().initialized == true
  end)
  for _, step in ipairs(scenario.steps) do
    local ok, value = pcall(ops[step.op], step)
    results[step.name] = ok and value or { error = tostring(value) }
  end
end

local ok, err = pcall(run)
if not ok then
  results._error = tostring(err)
end
results._messages = messages
if client() then
  vim.lsp.stop_client(client_id)
  vim.wait(bound, function()
    return exited ~= nil
  end, 10)
end
results._exit = exited or vim.NIL
io.stdout:write('PACKER_NVIM_RESULT ' .. vim.fn.json_encode(results) .. '\n')
vim.cmd('qall!')
