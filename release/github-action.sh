#!/usr/bin/env bash
# The GitHub Action's step (action.yml): runs `veiligheidsplan lint --format github`, whose output the
# runner turns into annotations on the pull request's diff. The inputs come in as environment
# variables (never pasted into the script, so a path cannot inject a command):
#   VP_PATHS    plans or folders to check, separated by spaces (empty: every plan under the folder)
#   VP_ARGS     more options for `lint`, separated by spaces (e.g. "--max-warnings 0")
#   VP_PACKAGE  what npx installs when the project has no CLI of its own: a version spec or a tarball
# The project's own CLI (node_modules/.bin/veiligheidsplan, from its package.json) is used when present.
set -euo pipefail

read -r -a paths <<< "${VP_PATHS:-}"
read -r -a args <<< "${VP_ARGS:-}"

if [ -x node_modules/.bin/veiligheidsplan ]; then
  cli=(node_modules/.bin/veiligheidsplan)
else
  cli=(npx --yes --package "${VP_PACKAGE:-@veiligheidsplan/cli}" -- veiligheidsplan)
fi

# Exit codes pass through: 0 clean, 1 errors (the job fails), 2 the check could not run.
exec "${cli[@]}" lint --format github "${args[@]}" "${paths[@]}"
