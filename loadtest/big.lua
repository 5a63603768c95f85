-- Listing and search of a municipality with a million issues: each request takes the next
-- path of the chosen set (SET=listing or SET=search), with an English reader.
local sets = {
  listing = {
    "/m/town-1/issues",
    "/m/town-1/issues?sort=supported",
    "/m/town-1/issues?sort=answered",
    "/m/town-1/issues?status=answered",
    "/m/town-1/issues?status=resolved&sort=supported",
    "/m/town-1/issues?lang=ar",
    "/m/town-1/issues?lang=pl&sort=supported",
    "/m/town-1/issues?theme=5",
    "/m/town-1/issues?theme=9&sort=supported",
    "/m/town-1/issues?neighbourhood=3",
    "/m/town-1/issues?tag=15",
    "/m/town-1/issues?after=1795000000.900000",
    "/api/v1/municipalities/town-1/issues",
    "/api/v1/municipalities/town-1/issues?sort=supported&status=forwarded",
  },
  search = {
    "/m/town-1/issues?q=parc",
    "/m/town-1/issues?q=v%C3%A9lo",
    "/m/town-1/issues?q=jardin+urbain",
    "/m/town-1/issues?q=Deutschkurse",
    "/m/town-1/issues?q=%D9%85%D8%AA%D8%B1%D8%AC%D9%85",
    "/m/town-1/issues?q=randevu&sort=supported",
    "/m/town-1/issues?q=zdrow",
    "/m/town-1/issues?q=bus&status=published",
    "/m/town-1/issues?q=nowhereword",
    "/m/town-1/issues?q=parc&lang=fr&sort=supported",
    "/api/v1/municipalities/town-1/issues?q=school",
    "/api/v1/municipalities/town-1/issues?q=%D0%B4%D0%B8%D0%BF%D0%BB%D0%BE%D0%BC",
  },
}
local paths = sets[os.getenv("SET") or "listing"]
local n = 0
wrk.headers["Accept-Language"] = "en"
function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
