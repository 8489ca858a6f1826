/**
 * The handshake advisor: recommendations with their reasons (meet the decision makers of a big deal in person,
 * an account hanging on one person, a strong relationship going cold, a lapsed nurture, an important account
 * known only by name), worked out when read from what the reader may see, and what each user did about them.
 */
package app.handshake.advisor;
