// MITRE ATT&CK IDs: G and four digits name a group (a threat actor), S and four digits a piece of software.

/** A well-formed ATT&CK group or software ID. */
export const ATTACK_ID = /^[GS]\d{4}$/;

/** The ATT&CK page of a group (G0007) or software (S0154) ID. */
export function attackUrl(id: string): string {
  return `https://attack.mitre.org/${id.startsWith("G") ? "groups" : "software"}/${id}/`;
}
