#!/usr/bin/awk -f
# Writes tests/node_compat/REPORT.md from three files: the suite's NODE-BASELINE.tsv, the
# runner's results.tsv for Nodule (both `path area status seconds`) and expected-failures.txt
# (`path  # reason`). Only tests node passes count. Run by tests/node_compat/run.sh report.

function pct(p, n) { return n ? sprintf("%.1f%%", 100 * p / n) : "—" }

FNR == 1 { file++ }
file == 1 && FNR > 1 && $3 == "PASS" { node[$1] = 1; area_of[$1] = $2; node_area[$2]++; node_total++ }
file == 2 && $3 == "PASS" && ($1 in node) { ours[$2]++; ours_total++ }
file == 3 {
  line = $0
  sub(/^[ \t]+/, "", line)
  if (line == "" || substr(line, 1, 1) == "#") next
  path = line; sub(/[ \t].*/, "", path)
  reason = line; sub(/^[^#]*#[ \t]*/, "", reason)
  if (!(reason in reasons)) order[++nreasons] = reason
  reasons[reason]++
  if (path in node) { missing[area_of[path]]++; missing_total++ }
}

END {
  # The issue's core areas, each the suite areas (named from the test files) it is made of.
  core = "assert=assert;buffer=buffer;console=console;events=events event eventemitter;" \
    "fs=fs file filehandle;module/require=module require;os=os;path=path;process=process;" \
    "querystring=querystring;stream=stream stream2 stream3 readable streams;" \
    "string_decoder=string_decoder;timers=timers timer;url/whatwg=url whatwg;util=util;zlib=zlib;" \
    "net=net;http=http;dns=dns;readline=readline;crypto=crypto;diagnostics_channel=diagnostics;" \
    "abortcontroller/eventtarget=abortsignal eventtarget"
  print "# Node's test suite under Nodule"
  print ""
  print "Node v20.11.1's `test/parallel` (`../shared/node-suite`), run by `" command "`"
  print "(`tests/node_compat/run.sh report`, " jobs " jobs, " timeout " s timeout). A test counts only"
  print "where node passes it here (the suite's `NODE-BASELINE.tsv`); `tests/node_compat/passing.txt`"
  print "lists the tests `make test` holds Nodule to."
  print ""
  printf "**Whole suite: %d of the %d tests node passes (%s).** %d of them fail for a whole feature\n", ours_total, node_total, pct(ours_total, node_total), missing_total
  printf "Nodule does not have yet (the last column; `tests/node_compat/expected-failures.txt`); without them,\n"
  printf "%d of %d (%s).\n\n", ours_total, node_total - missing_total, pct(ours_total, node_total - missing_total)
  print "## Core areas"
  print ""
  print "| area | passed | node passes | % | of them, missing features |"
  print "|---|---:|---:|---:|---:|"
  n = split(core, entries, ";")
  for (i = 1; i <= n; i++) {
    split(entries[i], kv, "=")
    m = split(kv[2], parts, " ")
    p = 0; t = 0; x = 0
    for (j = 1; j <= m; j++) { p += ours[parts[j]]; t += node_area[parts[j]]; x += missing[parts[j]] }
    if (t == 0) printf "| %s | — | 0 | — | no tests in the suite's selection |\n", kv[1]
    else printf "| %s | %d | %d | %s | %d |\n", kv[1], p, t, pct(p, t), x
  }
  print ""
  print "## Every area"
  print ""
  print "| area | passed | node passes | % | of them, missing features |"
  print "|---|---:|---:|---:|---:|"
  fflush()
  cmd = "sort"
  for (a in node_area) printf "| %s | %d | %d | %s | %d |\n", a, ours[a], node_area[a], pct(ours[a], node_area[a]), missing[a] | cmd
  close(cmd)
  print ""
  print "## Expected failures"
  print ""
  print "Tests of whole features Nodule does not have yet (`tests/node_compat/expected-failures.txt`):"
  print ""
  print "| reason | tests |"
  print "|---|---:|"
  for (i = 1; i <= nreasons; i++) printf "| %s | %d |\n", order[i], reasons[order[i]]
}
