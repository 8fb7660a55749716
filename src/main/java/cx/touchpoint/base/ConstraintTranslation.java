package cx.touchpoint.base;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;

/**
 * Every public service method reports a database constraint violation as {@link InvalidInput} (see
 * {@link ConstraintProblems}), so each form shows it beside the field the way it shows its own checks.
 * Runs outside the service's transaction, so the violation has rolled everything back first.
 */
@Configuration(proxyBeanMethods = false)
class ConstraintTranslation {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static StaticMethodMatcherPointcutAdvisor constraintTranslationAdvisor() {
        var advisor = new StaticMethodMatcherPointcutAdvisor() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return Modifier.isPublic(method.getModifiers())
                        && method.getDeclaringClass() != Object.class
                        && targetClass.getName().startsWith("cx.touchpoint.")
                        && AnnotatedElementUtils.hasAnnotation(targetClass, Service.class);
            }
        };
        advisor.setAdvice((MethodInterceptor) invocation -> {
            try {
                return invocation.proceed();
            } catch (RuntimeException failure) {
                if (failure instanceof InvalidInput) {
                    throw failure;
                }
                throw ConstraintProblems.of(failure)
                        .map(RuntimeException.class::cast)
                        .orElse(failure);
            }
        });
        // after the permission check (highest), before the transaction opens (lowest)
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return advisor;
    }
}
