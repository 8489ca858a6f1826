/**
 * Partners: companies and individual tradespeople the team and the people it knows recommend, with their
 * specialties, service areas, certifications and contacts; endorsements (who recommended them), referrals given
 * and received with their outcome, and each partner's delivery record. A partner is seen by exactly those who may
 * see its organization or person.
 */
package app.handshake.partners;
