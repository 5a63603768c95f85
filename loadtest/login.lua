-- Sign-ins (argon2id) at a fixed pace: each connection waits 250 ms between requests,
-- so 8 connections ask for 20-25 logins per second (each login takes ~50-90 ms itself).
local token = string.rep("L", 43)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "chorus_csrf=" .. token
wrk.body = "csrf_token=" .. token .. "&username=user7&password=load+test+password"
function delay()
  return 250
end
