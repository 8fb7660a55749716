package cx.touchpoint.base.replica;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Marks the calls of {@link ReadsFromReplica} services for the replica routing, from before their transaction opens
 * until it has ended (the connection is taken lazily, at the first statement, so inside the mark). A call whose
 * replica connection fails mid-way is run once more, on the primary.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaAdvisor {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static StaticMethodMatcherPointcutAdvisor replicaReadsAdvisor(ObjectProvider<ReplicaReads> replica) {
        var advisor = new StaticMethodMatcherPointcutAdvisor() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return marked(method, targetClass);
            }
        };
        advisor.setAdvice((MethodInterceptor) invocation -> {
            ReplicaScope.enter();
            try {
                return invocation.proceed();
            } catch (DataAccessResourceFailureException | TransientDataAccessException | TransactionException e) {
                if (!ReplicaScope.outermostOnReplica()) {
                    throw e;
                }
                // the replica went away (or cancelled the read) under the transaction: the call only reads, so it
                // is tried once more, on the primary, instead of breaking the page
                replica.ifAvailable(r -> r.failed(e));
                ReplicaScope.retrying();
                return ((ProxyMethodInvocation) invocation).invocableClone().proceed();
            } finally {
                ReplicaScope.exit();
            }
        });
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return advisor;
    }

    static boolean marked(Method method, Class<?> targetClass) {
        if (method.getDeclaringClass() == Object.class) {
            return false;
        }
        Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
        ReadsFromReplica own = AnnotatedElementUtils.findMergedAnnotation(specific, ReadsFromReplica.class);
        if (own != null) {
            return own.value();
        }
        ReadsFromReplica type = AnnotatedElementUtils.findMergedAnnotation(targetClass, ReadsFromReplica.class);
        return type != null && type.value();
    }
}
