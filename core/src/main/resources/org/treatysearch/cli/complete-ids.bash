
# Article ids for 'show ID', 'cite ID' and '--article ID' (search, export), read from the index by
# the hidden 'treaty ids' command (one JVM start, ~0.2 s), with the --index given on the line.
_treaty_article_ids() {
  local i index=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ ${COMP_WORDS[i]} == --index ]]; then
      if [[ ${COMP_WORDS[i+1]} == = ]]; then index=(--index "${COMP_WORDS[i+2]}"); else index=(--index "${COMP_WORDS[i+1]}"); fi
    fi
  done
  "${COMP_WORDS[0]}" ids "${index[@]}" 2>/dev/null
}

_treaty_complete_ids() {
  local IFS=$'\n'
  COMPREPLY=( $(compgen -W "$(_treaty_article_ids)" -- "${COMP_WORDS[COMP_CWORD]}") )
}

# picocli's functions complete options; ids are added where an ID goes.
eval "_treaty_picocli_show() $(declare -f _picocli_treaty_show | tail -n +2)"
eval "_treaty_picocli_cite() $(declare -f _picocli_treaty_cite | tail -n +2)"
eval "_treaty_picocli_search() $(declare -f _picocli_treaty_search | tail -n +2)"
eval "_treaty_picocli_export() $(declare -f _picocli_treaty_export | tail -n +2)"

_treaty_ids_or() {
  local picocli=$1 cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  if [[ $prev == = ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}; fi
  case $prev in
    --index|--format) "$picocli" ;;
    *) if [[ $cur == -* ]]; then "$picocli"; else _treaty_complete_ids; fi ;;
  esac
}

function _picocli_treaty_show() { _treaty_ids_or _treaty_picocli_show; }
function _picocli_treaty_cite() { _treaty_ids_or _treaty_picocli_cite; }
function _picocli_treaty_search() {
  if [[ ${COMP_WORDS[COMP_CWORD-1]} == --article ]]; then _treaty_complete_ids; else _treaty_picocli_search; fi
}
function _picocli_treaty_export() {
  if [[ ${COMP_WORDS[COMP_CWORD-1]} == --article ]]; then _treaty_complete_ids; else _treaty_picocli_export; fi
}
