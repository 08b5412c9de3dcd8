"""The domain as SQLAlchemy 2.x mapped classes: a contact and everything that hangs off it.

Dates a person may know without a year (birthday, anniversary) are kept as ISO text, either
``YYYY-MM-DD`` or vCard's ``--MM-DD``. Other dates are real dates. Timestamps are UTC.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Now, in UTC, without tzinfo (SQLite keeps naive timestamps)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uid() -> str:
    """A fresh vCard UID in the urn:uuid form phones and CardDAV servers expect."""
    return f"urn:uuid:{uuid.uuid4()}"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


contact_tag = Table(
    "contact_tag",
    Base.metadata,
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

interaction_participant = Table(
    "interaction_participant",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
    # A contact's interactions, answered from the index alone (last contact, timelines).
    Index("ix_interaction_participant_contact", "contact_id", "interaction_id"),
)


class ImportBatch(Base):
    """One import of one file: when, from where, what came in (undone through the journal)."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    path: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(40))
    imported: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    problems: Mapped[int] = mapped_column(Integer, default=0)
    # The fingerprints of the vCards this import applied, each with the contact it left
    # matching the card and that contact's state then (services/card_fingerprints.py).
    card_fingerprints: Mapped[bytes | None] = mapped_column(LargeBinary)


class Contact(Base):
    __tablename__ = "contact"
    __table_args__ = (
        # The list shows active contacts in name order; a partial index serves that and paging.
        Index(
            "ix_contact_active_sort",
            "sort_key",
            "id",
            sqlite_where=text("archived_at IS NULL"),
        ),
        # When each contact joined the network (how we met, else the day it was added), read
        # in order from the index alone: the growth per month groups it without sorting the
        # book (services/network_stats.py).
        Index("ix_contact_how_met_date_created_at", "how_met_date", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True, default=new_uid)
    kind: Mapped[str] = mapped_column(String(20), default="person")  # person | organization

    prefix: Mapped[str | None] = mapped_column(String(100))
    given_name: Mapped[str | None] = mapped_column(String(255))
    additional_names: Mapped[str | None] = mapped_column(String(255))
    family_name: Mapped[str | None] = mapped_column(String(255))
    suffix: Mapped[str | None] = mapped_column(String(100))
    display_name: Mapped[str] = mapped_column(String(500), default="")
    nickname: Mapped[str | None] = mapped_column(String(255))
    phonetic_given_name: Mapped[str | None] = mapped_column(String(255))
    phonetic_family_name: Mapped[str | None] = mapped_column(String(255))
    # vCard 4.0's SORT-AS of N: the strings the name sorts by, comma-separated (docs/vcard.md).
    sort_as: Mapped[str | None] = mapped_column(String(500))
    sort_key: Mapped[str] = mapped_column(String(255), default="", index=True)

    organization: Mapped[str | None] = mapped_column(String(500))
    department: Mapped[str | None] = mapped_column(String(500))
    title: Mapped[str | None] = mapped_column(String(500))
    role: Mapped[str | None] = mapped_column(String(500))

    birthday: Mapped[str | None] = mapped_column(String(10))
    anniversary: Mapped[str | None] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text)
    gender: Mapped[str | None] = mapped_column(String(20))

    favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    # The story of the connection.
    how_met_channel: Mapped[str | None] = mapped_column(String(100), index=True)
    how_met_date: Mapped[dt.date | None] = mapped_column(Date)
    how_met_place: Mapped[str | None] = mapped_column(String(500))
    how_met_context: Mapped[str | None] = mapped_column(Text)
    introduced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    # When the introducer is not in the book, their name as free text.
    introduced_by_name: Mapped[str | None] = mapped_column(String(500))
    met_in_person: Mapped[bool] = mapped_column(Boolean, default=False)
    met_in_person_date: Mapped[dt.date | None] = mapped_column(Date)
    met_in_person_place: Mapped[str | None] = mapped_column(String(500))
    keep_in_touch_days: Mapped[int | None] = mapped_column(Integer)

    # Where the contact came from first.
    source_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )

    emails: Mapped[list[EmailAddress]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="EmailAddress.position"
    )
    phones: Mapped[list[PhoneNumber]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="PhoneNumber.position"
    )
    addresses: Mapped[list[PostalAddress]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="PostalAddress.position"
    )
    urls: Mapped[list[WebLink]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="WebLink.position"
    )
    social_profiles: Mapped[list[SocialProfile]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="SocialProfile.position"
    )
    instant_messages: Mapped[list[InstantMessage]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="InstantMessage.position"
    )
    relations: Mapped[list[Relation]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        foreign_keys="Relation.contact_id",
        order_by="Relation.position",
    )
    extra_properties: Mapped[list[ExtraProperty]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ExtraProperty.position"
    )
    photo: Mapped[Photo | None] = relationship(
        back_populates="contact", cascade="all, delete-orphan", lazy="select"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tag, back_populates="contacts")
    introduced_by: Mapped[Contact | None] = relationship(remote_side=[id])
    interactions: Mapped[list[Interaction]] = relationship(
        secondary=interaction_participant, back_populates="participants"
    )


class _ContactChild:
    """Columns every multi-valued child shares: owner, order, label, preferred flag."""

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str | None] = mapped_column(String(100))
    preferred: Mapped[bool] = mapped_column(Boolean, default=False)


class EmailAddress(_ContactChild, Base):
    __tablename__ = "email_address"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[str] = mapped_column(String(500))
    # Lower-cased for matching imports against the book.
    value_key: Mapped[str] = mapped_column(String(500), index=True, default="")
    contact: Mapped[Contact] = relationship(back_populates="emails")


class PhoneNumber(_ContactChild, Base):
    __tablename__ = "phone_number"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[str] = mapped_column(String(100))  # as the user or the file wrote it
    e164: Mapped[str | None] = mapped_column(String(32), index=True)
    contact: Mapped[Contact] = relationship(back_populates="phones")


class PostalAddress(_ContactChild, Base):
    __tablename__ = "postal_address"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    po_box: Mapped[str | None] = mapped_column(String(255))
    extended: Mapped[str | None] = mapped_column(String(255))
    street: Mapped[str | None] = mapped_column(String(500))
    locality: Mapped[str | None] = mapped_column(String(255))
    region: Mapped[str | None] = mapped_column(String(255))
    postal_code: Mapped[str | None] = mapped_column(String(50))
    country: Mapped[str | None] = mapped_column(String(255))
    contact: Mapped[Contact] = relationship(back_populates="addresses")


class WebLink(_ContactChild, Base):
    __tablename__ = "web_link"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[str] = mapped_column(String(2000))
    contact: Mapped[Contact] = relationship(back_populates="urls")


class SocialProfile(_ContactChild, Base):
    """A profile on a service: LinkedIn, Twitter/X, a blog, YouTube, GitHub, ..."""

    __tablename__ = "social_profile"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    service: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(2000))  # a URL or a handle
    # Normalised URL/handle, to match re-imports (a LinkedIn export matches on the profile URL).
    value_key: Mapped[str] = mapped_column(String(2000), index=True, default="")
    contact: Mapped[Contact] = relationship(back_populates="social_profiles")


class InstantMessage(_ContactChild, Base):
    __tablename__ = "instant_message"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    service: Mapped[str | None] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(1000))  # an IMPP URI such as xmpp:alice@example.com
    contact: Mapped[Contact] = relationship(back_populates="instant_messages")


class Relation(Base):
    """A typed link from a contact to another person, in the book or only by name."""

    __tablename__ = "relation"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(50))  # colleague, friend, spouse, manager, ...
    label: Mapped[str | None] = mapped_column(String(100))  # the client's own label, kept
    related_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    related_name: Mapped[str | None] = mapped_column(String(500))
    related_uri: Mapped[str | None] = mapped_column(String(500))  # vCard 4 RELATED uri value
    contact: Mapped[Contact] = relationship(back_populates="relations", foreign_keys=[contact_id])
    related_contact: Mapped[Contact | None] = relationship(foreign_keys=[related_contact_id])


class Photo(Base):
    """A contact's picture, apart from the contact row so lists never load blobs."""

    __tablename__ = "photo"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    media_type: Mapped[str | None] = mapped_column(String(100))
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    # A remote PHOTO URI is kept as text and never fetched.
    uri: Mapped[str | None] = mapped_column(String(2000))
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)  # small PNG for the list
    contact: Mapped[Contact] = relationship(back_populates="photo")


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    # Case-folded name: "Clients" and "clients" are one tag.
    key: Mapped[str] = mapped_column(String(255), unique=True)
    contacts: Mapped[list[Contact]] = relationship(secondary=contact_tag, back_populates="tags")


class Interaction(Base):
    """Something that happened with one or more contacts: met, call, email, meeting, ..."""

    __tablename__ = "interaction"
    __table_args__ = (
        # The recent interactions that count as contact (dormant, touched_since in
        # services/interactions.py) found from the index alone, without reading their rows.
        Index("ix_interaction_occurred_on_kind", "occurred_on", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True, default=new_uid)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(50))
    summary: Mapped[str] = mapped_column(Text, default="")
    # Where it happened ("linkedin" for an archive's messages); None when not recorded.
    channel: Mapped[str | None] = mapped_column(String(100))
    # The messages' own words: kept only when the user asked for them at import (privacy).
    text: Mapped[str | None] = mapped_column(Text)
    # The import that brought it in (a LinkedIn archive), as for a contact. Undoing that import
    # does not need it: the journal recorded the rows the import wrote.
    source_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    participants: Mapped[list[Contact]] = relationship(
        secondary=interaction_participant, back_populates="interactions"
    )


class Opportunity(Base):
    """What came of a connection: a job offer, partnership, interview, speaking slot, client."""

    __tablename__ = "opportunity"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True, default=new_uid)
    kind: Mapped[str] = mapped_column(String(50))
    title: Mapped[str] = mapped_column(String(500), default="")
    occurred_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    introducer_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    contact: Mapped[Contact | None] = relationship(foreign_keys=[contact_id])
    introducer: Mapped[Contact | None] = relationship(foreign_keys=[introducer_id])


class ExtraProperty(Base):
    """A vCard property netbook does not model, kept verbatim so a round trip loses nothing."""

    __tablename__ = "extra_property"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    group: Mapped[str | None] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(255))
    # Parameters as a list of [name, [values...]] pairs, order kept.
    params: Mapped[list[list[object]]] = mapped_column(JSON, default=list)
    value: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[Contact] = relationship(back_populates="extra_properties")


class SavedSearch(Base):
    __tablename__ = "saved_search"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    query: Mapped[str] = mapped_column(Text)


class SyncAccount(Base):
    """A CardDAV account the user added. Its password is in the system keyring, never here."""

    __tablename__ = "sync_account"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    url: Mapped[str] = mapped_column(Text)
    username: Mapped[str] = mapped_column(Text)
    # "basic" or "digest" once the server said which: later syncs send it up front.
    auth_scheme: Mapped[str | None] = mapped_column(String(10))
    # SHA-256 of a self-signed certificate the user trusted explicitly.
    trusted_fingerprint: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SyncAddressBook(Base):
    """One server address book chosen to sync into this book, and where its sync stands."""

    __tablename__ = "sync_address_book"
    __table_args__ = (UniqueConstraint("account_id", "href"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("sync_account.id", ondelete="CASCADE"), index=True
    )
    href: Mapped[str] = mapped_column(Text)
    display_name: Mapped[str] = mapped_column(Text, default="")
    vcard_version: Mapped[str] = mapped_column(String(5), default="3.0")
    supports_sync: Mapped[bool] = mapped_column(Boolean, default=False)
    max_resource_size: Mapped[int | None] = mapped_column(Integer)
    # RFC 6578 token (or the ctag where sync-collection is missing), saved only after the
    # changes it covers are committed.
    sync_token: Mapped[str | None] = mapped_column(Text)
    ctag: Mapped[str | None] = mapped_column(Text)
    # The change journal's revision up to which this book's changes were looked at (sent, or
    # marked to send): the next sync asks the journal what changed since.
    journal_revision: Mapped[int | None] = mapped_column(Integer)
    last_synced_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class SyncItem(Base):
    """One card of a server address book and the contact it is, as last synced."""

    __tablename__ = "sync_item"
    __table_args__ = (UniqueConstraint("address_book_id", "href"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    address_book_id: Mapped[int] = mapped_column(
        ForeignKey("sync_address_book.id", ondelete="CASCADE"), index=True
    )
    # NULL once the contact was deleted here: the server's card waits for the user to confirm.
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    href: Mapped[str] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    uid: Mapped[str | None] = mapped_column(Text)  # the UID the server kept
    # The card both sides agreed on last (the base of three-way merges).
    card: Mapped[str] = mapped_column(Text, default="")
    # The hash of netbook's card for the contact as the server has it; NULL: the server lacks
    # something of ours, to send at the next occasion. (Which contacts changed here comes
    # from the change journal; the hash only spares a write that would change nothing.)
    local_hash: Mapped[str | None] = mapped_column(String(64))
    synced_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
