/** The institutions list filtered to one street: where a street's bar or name on the dashboard leads. */
export const streetInstitutionsPath = (streetCode: string) => `/registry/institutions?streetCode=${encodeURIComponent(streetCode)}`;
