/**
 * The team's figures: over a period, the deals won, lost, walked away from and won back, the won deals that
 * reached active use and the median days it took, how well the nurture of lost deals is kept up, and the
 * deployments in active use now; per owner and for the team, counted only over what the reader may see. It reads
 * the deals and deployments through their facades and read filters and owns no table of its own.
 */
package app.handshake.figures;
