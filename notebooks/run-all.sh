#!/usr/bin/env bash
# Executes every notebook in this folder headless. Installs what the notebooks need (Debian packages,
# as root), builds the library jar and its run-time class path, then runs each notebook with Debian's
# python3 kernel. Fails on the first cell that raises (set -e; nbconvert stops on a cell error).
# By default the executed notebooks are written to target/notebooks/, so a clean checkout stays
# clean; --refresh executes the committed notebooks in place, so they carry the outputs of the
# library as it is now.
#
#   notebooks/run-all.sh                      # all notebooks, executed into target/notebooks/
#   notebooks/run-all.sh 02-offramps          # only those whose names start with the arguments
#   notebooks/run-all.sh --refresh            # all notebooks, executed in place (before a commit)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
cd "$repo"

refresh=false
prefixes=()
for arg in "$@"; do
  case "$arg" in
    --refresh) refresh=true ;;
    -*) echo "run-all.sh: unknown option $arg; allowed: --refresh, then notebook name prefixes" >&2; exit 2 ;;
    *) prefixes+=("$arg") ;;
  esac
done

log() { printf '\n==> %s\n' "$*"; }

# Debian's own packages: the Jupyter kernel must be Debian's /usr/bin/python3 (not a python3 that
# happens to come first on the PATH), with JPype, pandas and matplotlib for that interpreter.
packages=(jupyter-nbconvert python3-nbclient python3-ipykernel python3-jpype python3-pandas python3-matplotlib
          fontconfig fonts-dejavu-core)
if ! command -v javac >/dev/null 2>&1; then
  packages+=(openjdk-17-jdk-headless)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "run-all.sh: missing Debian packages: ${missing[*]}" >&2
    echo "run-all.sh: install them as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}"
fi

python=/usr/bin/python3
nbconvert=/usr/bin/jupyter-nbconvert
jpype_jar=/usr/share/java/org.jpype.jar
for f in "$python" "$nbconvert" "$jpype_jar"; do
  [ -e "$f" ] || { echo "run-all.sh: $f is missing after installing the packages" >&2; exit 1; }
done
# The python3 kernel nbconvert starts must be Debian's interpreter, which has JPype.
kernel=$("$python" -c 'from jupyter_client.kernelspec import KernelSpecManager as M; print(M().get_kernel_spec("python3").argv[0])')
case "$kernel" in
  python|python3|/usr/bin/python3*) ;;
  *) echo "run-all.sh: the python3 kernelspec runs $kernel, not Debian's /usr/bin/python3;" \
          "remove the user kernelspec (jupyter kernelspec list) or run this on a clean machine" >&2; exit 1 ;;
esac
"$python" -c 'import jpype, pandas, matplotlib, nbclient, ipykernel' \
  || { echo "run-all.sh: Debian's python3 cannot import the notebook packages" >&2; exit 1; }

log "building the library: ./mvnw -q -B -DskipTests package"
./mvnw -q -B -DskipTests package
# The library jar of the version just built: not the CLI, Javadoc or sources jars, nor an older version's.
jar=$(ls target/offramp-*.jar | grep -Ev -- '-(cli|javadoc|sources)\.jar$' | sort -V | tail -n 1)
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/notebook-classpath.txt
OFFRAMP_CLASSPATH="$repo/$jar:$(cat target/notebook-classpath.txt)"
export OFFRAMP_CLASSPATH

cd "$here"
selected=()
for nb in [0-9][0-9]-*.ipynb; do
  if [ ${#prefixes[@]} -eq 0 ]; then
    selected+=("$nb")
  else
    for prefix in "${prefixes[@]}"; do
      case "$nb" in "$prefix"*) selected+=("$nb") ;; esac
    done
  fi
done
[ ${#selected[@]} -gt 0 ] || { echo "run-all.sh: no notebook matches: ${prefixes[*]}" >&2; exit 1; }
# The kernel runs in this folder either way (nbconvert starts it in the notebook's folder), so the
# notebooks find offramp_jvm.py and write their charts to output/.
if $refresh; then
  where=(--inplace)
else
  mkdir -p "$repo/target/notebooks"
  where=(--output-dir "$repo/target/notebooks")
fi

for nb in "${selected[@]}"; do
  log "executing $nb"
  start=$(date +%s)
  # PYDEVD_DISABLE_FILE_VALIDATION quiets the debugger's warning about frozen modules.
  PYDEVD_DISABLE_FILE_VALIDATION=1 "$nbconvert" --to notebook --execute "${where[@]}" \
    --ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.timeout=900 "$nb"
  echo "$nb: $(( $(date +%s) - start )) s"
done
if $refresh; then
  log "all ${#selected[@]} notebooks executed without error, in place"
else
  log "all ${#selected[@]} notebooks executed without error, into target/notebooks/"
fi
