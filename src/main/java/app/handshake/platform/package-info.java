/** Infrastructure every module uses: time, problem details, request logging, error pages, database notice. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.handshake.platform;
