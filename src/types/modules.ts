export { HELPDESK_MODULE } from "../modules/helpdesk"
