package app.handshake.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Where the static files are served from: our styles and scripts, the icon, and the libraries from their webjars
 * (addressed without their versions). Named one by one instead of the default catch-all: every link a page writes is
 * offered to the resource handler whose pattern matches it, to be rewritten if it names a static file, and with a
 * catch-all each link to a page (a person, a deal) was looked for on the class path, on every render, because only
 * the files found are remembered. The resource chain caches each file found.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/").resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
