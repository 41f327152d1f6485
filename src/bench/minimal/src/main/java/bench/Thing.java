package bench;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One entity, so that Hibernate starts as it does in Haven. */
@Entity
@Table(name = "thing")
public class Thing {

    @Id
    public UUID id;

    @Version
    public long version;

    public String name;
}
