-- A signed-in person saving a form (their language): one database write per request.
-- SESSION, NONCE and TOKEN come from run.sh, which signs in first and reads the form's token.
local langs = { "de", "ar", "uk", "fa", "en" }
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "chorus_csrf=" .. os.getenv("NONCE") .. "; chorus_session=" .. os.getenv("SESSION")
function request()
  n = n + 1
  return wrk.format(nil, "/account/language", nil, "csrf_token=" .. os.getenv("TOKEN") .. "&lang=" .. langs[(n % #langs) + 1])
end
