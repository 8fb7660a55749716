package cx.touchpoint.security;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Enforces {@link Requires} on public service methods before they run (and before their transaction
 * opens). The advisor is infrastructure, so the proxies that already carry {@code @Transactional} apply it.
 */
@Configuration(proxyBeanMethods = false)
class PermissionEnforcement {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static StaticMethodMatcherPointcutAdvisor permissionAdvisor(ObjectProvider<PermissionPolicy> policy) {
        var advisor = new StaticMethodMatcherPointcutAdvisor() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return requiredPermission(method, targetClass) != null;
            }
        };
        advisor.setAdvice((MethodInterceptor) invocation -> {
            Class<?> target = invocation.getThis() == null
                    ? invocation.getMethod().getDeclaringClass()
                    : AopUtils.getTargetClass(invocation.getThis());
            Permission permission = requiredPermission(invocation.getMethod(), target);
            if (permission != null) {
                policy.getObject().require(permission);
            }
            return invocation.proceed();
        });
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    /** The permission a public method needs: its own {@link Requires}, else its class's; null when neither. */
    static Permission requiredPermission(Method method, Class<?> targetClass) {
        if (!Modifier.isPublic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
            return null;
        }
        Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
        Requires own = AnnotatedElementUtils.findMergedAnnotation(specific, Requires.class);
        if (own != null) {
            return own.value();
        }
        Requires type = AnnotatedElementUtils.findMergedAnnotation(targetClass, Requires.class);
        return type == null ? null : type.value();
    }
}
