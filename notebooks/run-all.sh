#!/usr/bin/env bash
# Executes every notebook in this folder headless, in place, so the committed notebooks carry the
# outputs of the library as it is now. Installs what the notebooks need (Debian packages, as root),
# builds the library jar and its run-time class path, then runs each notebook with Debian's
# python3 kernel. Fails on the first cell that raises (set -e; nbconvert stops on a cell error).
#
#   notebooks/run-all.sh                 # all notebooks
#   notebooks/run-all.sh 02-offramps     # only those whose names start with the arguments
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
cd "$repo"

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
# The library jar itself, not the command line's, sources or Javadoc jars that package also builds.
jar=$(ls target/offramp-*.jar | grep -v -E -- '-(cli|sources|javadoc)\.jar$' | head -n 1)
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/notebook-classpath.txt
OFFRAMP_CLASSPATH="$repo/$jar:$(cat target/notebook-classpath.txt)"
export OFFRAMP_CLASSPATH

cd "$here"
selected=()
for nb in [0-9][0-9]-*.ipynb; do
  if [ $# -eq 0 ]; then
    selected+=("$nb")
  else
    for prefix in "$@"; do
      case "$nb" in "$prefix"*) selected+=("$nb") ;; esac
    done
  fi
done
[ ${#selected[@]} -gt 0 ] || { echo "run-all.sh: no notebook matches: $*" >&2; exit 1; }

for nb in "${selected[@]}"; do
  log "executing $nb"
  start=$(date +%s)
  # PYDEVD_DISABLE_FILE_VALIDATION quiets the debugger's warning about frozen modules.
  PYDEVD_DISABLE_FILE_VALIDATION=1 "$nbconvert" --to notebook --execute --inplace \
    --ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.timeout=900 "$nb"
  echo "$nb: $(( $(date +%s) - start )) s"
done
log "all ${#selected[@]} notebooks executed without error"
