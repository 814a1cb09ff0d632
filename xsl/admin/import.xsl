<?xml version="1.0" encoding="UTF-8"?>
<!-- import.xsl - bulk import: the upload, the dry run's report by line and column, the confirm; the question bank's import uses the same parts. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='import']" mode="title"><xsl:call-template name="msg.import.title"/></xsl:template>

  <xsl:template match="import" mode="body">
    <h1><xsl:call-template name="msg.import.title"/></h1>
    <xsl:choose>
      <xsl:when test="@batch">
        <xsl:call-template name="import-confirm">
          <xsl:with-param name="action" select="concat($base, '/import/', @batch)"/>
          <xsl:with-param name="note"><xsl:call-template name="msg.import.once"/></xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="import-problems"/>
        <p><xsl:call-template name="msg.import.help"/></p>
        <p><code>name,emp_no,login,dept,post,phone,email,role</code></p>
        <xsl:call-template name="import-upload">
          <xsl:with-param name="action" select="concat($base, '/import')"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The parts every import's page shares, on its report element. -->
  <xsl:template name="import-confirm">
    <xsl:param name="action"/>
    <xsl:param name="note"/>
    <p class="note" role="status">
      <xsl:call-template name="msg.import.ready"/><xsl:text> </xsl:text><xsl:value-of select="@rows"/>
    </p>
    <form method="post" action="{$action}">
      <xsl:call-template name="csrf"/>
      <p class="warn"><xsl:value-of select="$note"/></p>
      <p><button type="submit"><xsl:call-template name="msg.import.commit"/></button></p>
    </form>
  </xsl:template>

  <xsl:template name="import-problems">
    <xsl:if test="problem">
      <div class="errors" role="alert">
        <p><xsl:call-template name="msg.import.problems"/><xsl:text> </xsl:text><xsl:value-of select="count(problem)"/></p>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.import.line"/></th>
            <th scope="col"><xsl:call-template name="msg.import.column"/></th>
            <th scope="col"><xsl:call-template name="msg.import.problem"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="problem">
              <tr><td><xsl:value-of select="@line"/></td><td><code><xsl:value-of select="@column"/></code></td><td><xsl:value-of select="."/></td></tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template name="import-upload">
    <xsl:param name="action"/>
    <form class="form" method="post" action="{$action}" enctype="multipart/form-data">
      <xsl:call-template name="csrf"/>
      <p class="field">
        <label for="f-file"><xsl:call-template name="msg.import.file"/></label>
        <input id="f-file" name="file" type="file" accept=".csv,text/csv" required="required"/>
      </p>
      <p><button type="submit"><xsl:call-template name="msg.import.check"/></button></p>
    </form>
  </xsl:template>
</xsl:stylesheet>
