/**
 * The team view for managers and admins: how full each report's Today is, the relationships they hold
 * by tier, and their touchpoints this month by channel. It only reads other modules' figures.
 */
package app.handshake.team;
