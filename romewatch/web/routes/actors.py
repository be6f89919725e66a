"""Actor profiles (placeholder until the profile view lands)."""
from fastapi import APIRouter
router = APIRouter()
