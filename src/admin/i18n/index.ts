import en from "./json/en.json"
import pl from "./json/pl.json"

/**
 * The helpdesk's strings for Medusa Admin, merged into the dashboard's own i18next resources.
 * Every key sits under `helpdesk.` in the default namespace, so none can shadow one of Medusa's.
 */
export default {
  en: { translation: en },
  pl: { translation: pl },
}
