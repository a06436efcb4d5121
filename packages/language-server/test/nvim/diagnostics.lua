-- Drives Neovim (0.7+) headless as a user's editor would: start the language server with
-- vim.lsp.start_client, open a plan, wait for its diagnostics, ask for a hover, and write what
-- Neovim received to a JSON file for the test to read. Always quits, also on errors.
local env = function(name) return os.getenv(name) or error("missing environment variable " .. name) end
local out = env("VP_OUT")

local function finish(result)
  local f = assert(io.open(out, "w"))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd("qall!")
end

local ok, err = pcall(function()
  local plan = env("VP_PLAN")
  local timeout = tonumber(os.getenv("VP_TIMEOUT") or "20000")
  vim.cmd("edit " .. vim.fn.fnameescape(plan))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = "veiligheidsplan",
    cmd = { env("VP_NODE"), env("VP_SERVER"), "--stdio" },
    root_dir = vim.fn.fnamemodify(plan, ":p:h"),
    init_options = { validateWorkspace = false },
  })
  assert(client_id, "the language server did not start")
  vim.lsp.buf_attach_client(bufnr, client_id)

  local got = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(diagnostics, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message, source = d.source, code = lsp.code })
  end

  -- Hover on the first line that cites article 38b (the grondslag in the front matter).
  local hover = vim.NIL
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, line in ipairs(lines) do
    local col = line:find("artikel 38b", 1, true)
    if col then
      local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", {
        textDocument = { uri = vim.uri_from_bufnr(bufnr) },
        position = { line = i - 1, character = col + 3 },
      }, timeout)
      for _, r in pairs(responses or {}) do
        if r.result and r.result.contents then hover = r.result.contents.value end
      end
      break
    end
  end

  -- The budget's sums: Neovim shows code lenses as virtual text at the end of the line since 0.5.1
  -- (vim.lsp.codelens); inlay hints are shown from 0.10 on (vim.lsp.inlay_hint). Older versions get
  -- the hints only by asking, as below.
  vim.lsp.codelens.refresh()
  vim.wait(timeout, function() return #vim.lsp.codelens.get(bufnr) > 0 end, 50)
  local lenses = {}
  for _, l in ipairs(vim.lsp.codelens.get(bufnr)) do
    table.insert(lenses, { line = l.range.start.line, title = l.command and l.command.title or vim.NIL })
  end
  local hints = {}
  local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/inlayHint", {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ["end"] = { line = #lines, character = 0 } },
  }, timeout)
  for _, r in pairs(responses or {}) do
    for _, h in ipairs(r.result or {}) do table.insert(hints, { line = h.position.line, label = h.label }) end
  end
  local shown_hints = vim.NIL
  if vim.lsp.inlay_hint then
    vim.lsp.inlay_hint.enable(true, { bufnr = bufnr })
    shown_hints = true
  end

  vim.lsp.stop_client(client_id)
  finish({ ok = got, diagnostics = diagnostics, hover = hover, lenses = lenses, hints = hints, inlayHintsShown = shown_hints, nvim = tostring(vim.version().major) .. "." .. tostring(vim.version().minor) })
end)
if not ok then finish({ ok = false, error = tostring(err) }) end
