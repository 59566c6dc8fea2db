// SqliteDb and Statement are thin RAII handles over the SQLite C API that turn its result
// codes into Status values: open a database file, run SQL, prepare statements, bind values
// by position and read result columns. Everything the store writes goes through them.
// LikePrefix writes the LIKE pattern for a prefix filter.
#ifndef MARSAD_STORE_SQLITE_DB_H_
#define MARSAD_STORE_SQLITE_DB_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace marsad::store {

class Statement {
 public:
  Statement() = default;
  Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) {
    other.stmt_ = nullptr;
  }
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Binds by 1-based position. Text is copied by SQLite.
  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& BindNull(int index);

  // Advances: true when a row is ready, false when done; errors go to status().
  bool Step();
  // Steps to the end (for INSERT/UPDATE) and resets the statement for reuse.
  Status Run();
  void Reset();

  std::string_view Text(int column) const;
  int64_t Int(int column) const;
  double Double(int column) const;
  bool IsNull(int column) const;
  const Status& status() const { return status_; }

 private:
  friend class SqliteDb;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

class SqliteDb {
 public:
  static Expected<SqliteDb> Open(const std::string& path, bool read_only = false);
  SqliteDb(SqliteDb&& other) noexcept : db_(std::move(other.db_)) {}
  SqliteDb& operator=(SqliteDb&& other) noexcept = default;

  Status Execute(const std::string& sql);
  Expected<Statement> Prepare(std::string_view sql);
  // Runs a query that yields one integer (e.g. SELECT count(*)).
  Expected<int64_t> QueryInt(std::string_view sql);
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_.get()); }
  sqlite3* handle() const { return db_.get(); }

 private:
  struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };
  explicit SqliteDb(sqlite3* db) : db_(db) {}
  std::unique_ptr<sqlite3, Closer> db_;
};

// A LIKE pattern, for `LIKE ? ESCAPE '\'`, that matches the values starting with `prefix`
// (its %, _ and \ taken literally).
std::string LikePrefix(std::string_view prefix);

}  // namespace marsad::store

#endif  // MARSAD_STORE_SQLITE_DB_H_
