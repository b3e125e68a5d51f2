"""The account pages, included at account/ inside `i18n_patterns` (website/urls.py): /en/account/sign-in/…
The URL names have no namespace: LOGIN_URL is "sign_in", and Django's password reset emails use
"password_reset_confirm"."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.account_home, name="account_home"),
    path("sign-in/", views.SignInView.as_view(), name="sign_in"),
    path("sign-out/", views.SignOutView.as_view(), name="sign_out"),
    path("signed-out/", views.signed_out, name="signed_out"),
    path("password-reset/", views.ResetRequestView.as_view(), name="password_reset"),
    path("password-reset/sent/", views.ResetSentView.as_view(), name="password_reset_done"),
    path("reset/<uidb64>/<token>/", views.ResetConfirmView.as_view(), name="password_reset_confirm"),
    path("reset/done/", views.ResetCompleteView.as_view(), name="password_reset_complete"),
    path("invitation/<str:token>/", views.accept_invitation, name="accept_invitation"),
]
