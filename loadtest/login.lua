-- Sign-ins (argon2id) at a fixed pace: each connection waits 250 ms between requests,
-- so 8 connections ask for 20-25 logins per second (each login takes ~50-90 ms itself).
-- NONCE and TOKEN come from run.sh, which reads them from the login page like a browser.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "chorus_csrf=" .. os.getenv("NONCE")
wrk.body = "csrf_token=" .. os.getenv("TOKEN") .. "&username=user7&password=load+test+password"
local n = 0
function request()
  -- As many people behind a proxy: a different client address per sign-in.
  n = n + 1
  wrk.headers["X-Forwarded-For"] = "192.0.2." .. (n % 250 + 1)
  return wrk.format()
end
function delay()
  return 250
end
