/**
 * Partners, endorsements and referrals: the companies and tradespeople the team and the people it knows
 * recommend, with their specialties, service areas, certifications and delivery record; the trust a reader
 * places in each, derived from who vouches for it; and referral search ranking them for a need near a place.
 */
package app.handshake.partners;
