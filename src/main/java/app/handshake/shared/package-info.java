/** Value types, paging and base exceptions that every module may use. No services. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.handshake.shared;
