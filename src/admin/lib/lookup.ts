/**
 * The query of the pickers and filters that list every tag, team, inbox, channel or project:
 * the largest page the helpdesk's list routes serve (see createListParams on the server).
 */
export const LOOKUP_QUERY = { limit: 100, offset: 0 }
