"""Server-rendered pages: public reading, review for editors, administration."""
