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

  vim.lsp.stop_client(client_id)
  finish({ ok = got, diagnostics = diagnostics, hover = hover, nvim = tostring(vim.version().major) .. "." .. tostring(vim.version().minor) })
end)
if not ok then finish({ ok = false, error = tostring(err) }) end
