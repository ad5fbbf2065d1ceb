import pyodbc
from pymongo import MongoClient

PROD = (
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql-rpt.acme-corp.io;DATABASE=reporting;"
    "UID=rpt_reader;PWD=Ssk7yEjutgCJ3DGv;Encrypt=yes"
)
LOCAL = "DRIVER={ODBC Driver 18 for SQL Server};SERVER=localhost;DATABASE=reporting;Trusted_Connection=yes"


def connect(local: bool = False):
    return pyodbc.connect(LOCAL if local else PROD)


mongo = MongoClient(
    "mongodb://reporter:V3Yec8bwFF22c0X4yQc5@mongo-1.acme-corp.io:27017,mongo-2.acme-corp.io:27017/reports"
    "?replicaSet=rs0&authSource=admin"
)
archive = MongoClient(host="mongo-archive.acme-corp.io", username="archiver", password="h7ED^@CvrP_4oA", authSource="admin")
