package np.khaacho.query.common;

import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.AbstractClassJavaType;
import org.hibernate.type.descriptor.java.ImmutableMutabilityPlan;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeIndicators;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The typed ids as the read models store them: their text in a VARCHAR column. Java types of
 * Hibernate's own, not attribute converters, because JPA converts no id attribute (and the ids are
 * the read models' keys). Loaded by Hibernate (META-INF/services).
 */
public class IdTypes implements TypeContributor {

    @Override
    public void contribute(TypeContributions types, ServiceRegistry services) {
        types.contributeJavaType(new IdType<>(OrderId.class, OrderId::of, OrderId::value));
        types.contributeJavaType(new IdType<>(BuyerId.class, BuyerId::of, BuyerId::value));
        types.contributeJavaType(new IdType<>(VendorId.class, VendorId::of, VendorId::value));
        types.contributeJavaType(new IdType<>(ProductId.class, ProductId::of, ProductId::value));
    }

    /** One kind of typed id, read from and written as its text. */
    static final class IdType<T> extends AbstractClassJavaType<T> {

        private final transient Function<String, T> parse;
        private final transient Function<T, String> text;

        IdType(Class<T> type, Function<String, T> parse, Function<T, String> text) {
            super(type, ImmutableMutabilityPlan.instance(), Comparator.comparing(text));
            this.parse = parse;
            this.text = text;
        }

        @Override
        public JdbcType getRecommendedJdbcType(JdbcTypeIndicators indicators) {
            return indicators.getJdbcType(SqlTypes.VARCHAR);
        }

        @Override
        public String toString(T id) {
            return text.apply(id);
        }

        @Override
        public T fromString(CharSequence value) {
            return parse.apply(value.toString());
        }

        @Override
        public <X> X unwrap(T id, Class<X> type, WrapperOptions options) {
            if (id == null) {
                return null;
            }
            if (type.isAssignableFrom(String.class)) {
                return type.cast(text.apply(id));
            }
            if (type.isInstance(id)) {
                return type.cast(id);
            }
            throw unknownUnwrap(type);
        }

        @Override
        public <X> T wrap(X value, WrapperOptions options) {
            if (value == null) {
                return null;
            }
            if (value instanceof String column) {
                return parse.apply(column);
            }
            if (getJavaTypeClass().isInstance(value)) {
                return getJavaTypeClass().cast(value);
            }
            throw unknownWrap(value.getClass());
        }
    }
}
