-- Sign-ins (argon2id) at a fixed pace: each connection waits 200 ms between requests,
-- so 4 connections make about 20 logins per second.
local token = string.rep("L", 43)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "chorus_csrf=" .. token
wrk.body = "csrf_token=" .. token .. "&username=user7&password=load+test+password"
function delay()
  return 200
end
