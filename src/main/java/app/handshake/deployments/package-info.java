/**
 * Deployments to active use: a won deal (or a project opened directly) rolled out site by site, with milestones,
 * obstacles and partners, its adoption posted day by day, and its health explained. A site is in active use once
 * enough of its licensed seats are used for long enough; the deployment, once every live site is.
 */
package app.handshake.deployments;
